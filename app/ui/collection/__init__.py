"""Curator Studio's collection room: a catalogue's pictures, their review and their export."""
