"""``parley serve``: the local web app and REST API over a store (``app.create_app``;
see docs/web.md)."""
