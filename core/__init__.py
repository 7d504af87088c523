"""LayerLab without Qt: ``model`` (what the window loads) and ``engine`` (Keras)."""

import os

__version__ = "0.1.0"

# Set before anything imports Keras: pick TensorFlow and keep its C++ log chatter quiet.
os.environ.setdefault("KERAS_BACKEND", "tensorflow")
os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "2")
