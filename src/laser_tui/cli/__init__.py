"""The command line: parsing, commands and how each mode is started."""
