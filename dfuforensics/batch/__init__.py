"""Fleet analysis of returned units: ``dfuforensics batch``.

``units`` finds the units and keys their inputs, ``archive`` reads zip/tar units safely, ``worker``
analyses one unit and returns its row, ``runner`` runs the worker over a local process pool or a dask
cluster, ``tables`` writes the CSV/Parquet tables and ``summary`` the fleet page.  Nothing heavy is
imported here: the CLI imports the command module at start-up.
"""
