"""The Qt interface. Only this package imports PySide6; it calls the core's services."""
