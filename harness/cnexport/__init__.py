"""cnexport: China 2025 export-control decisions served by OPA; this package is the thin harness."""
