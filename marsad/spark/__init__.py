"""Marsad on Apache Spark: the same pipeline per partition, for archives beyond one machine."""
