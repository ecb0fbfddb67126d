"""Cross-article work over the store: near-duplicates, incidents, the talks tracker."""
