"""Reading and writing files: TOML, atomic writes, the content and priorities files, exports."""
