"""PDF reports (ReportLab): fonts for every member script, a shared page layout, the documents.

Builders are pure functions from plain data (``customs_desk.reports.data``) to a PDF;
:class:`customs_desk.reports.service.ReportService` gathers that data from the services.
"""
