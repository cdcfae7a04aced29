"""Content Credentials in the desktop app: the Studio's credentials tab and the identity box."""
