"""LayerLab's Qt front end: imports core, never the other way round."""
