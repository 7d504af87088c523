"""LayerLab's engine: everything an experiment needs, without Qt."""

import os

# Set before anything imports Keras: pick TensorFlow and keep its C++ log chatter quiet.
os.environ.setdefault("KERAS_BACKEND", "tensorflow")
os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "2")
