"""HTTP routes: ``api`` (JSON/CSV under /api/v1) and ``pages`` (HTML with JSON twins)."""
