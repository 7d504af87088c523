"""The engine: keras and tensorflow live here only. It runs in its own process under the
window (worker.py) or in the CLI's process."""
