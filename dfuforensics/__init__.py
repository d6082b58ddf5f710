"""dfuforensics: forensic analysis of failed firmware updates and crashes on embedded devices."""

__version__ = "0.1.0"
SCHEMA_VERSION = "1.0"
