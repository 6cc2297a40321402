"""The output edge of the pipeline: format, write (atomic, with a manifest), the run
record, and ``check`` (is the output directory what ``generate`` would write?)."""
