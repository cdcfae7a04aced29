"""Content Credentials (C2PA): every image the AI changed says so, signed by the museum.

Qt-free room. ``identity`` makes or imports the museum's signing certificate, ``trust`` is the
trusted-institution list (shared with signed packs), ``manifest`` maps a provenance record to
C2PA actions, ``sign`` embeds signed credentials as an image is written, ``verify`` reads and
checks them in any image. ``output`` ties these together for the places that write AI outputs.
"""

from __future__ import annotations

from app.credentials.verify import CredentialReport, plain_summary, summarise_file, verify_file

__all__ = ["CredentialReport", "plain_summary", "summarise_file", "verify_file"]
