"""The Reports page and the "PDF" button of the record screens (no in-app preview: QtPdf is not
available, docs/decisions.md; PDFs open in the system's viewer)."""
