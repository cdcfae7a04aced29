"""The script editor: compose a presentation script, preview its steps, save it and build a pack."""
