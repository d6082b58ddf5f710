"""What nRF5 SDK bytes and codes mean: chips, settings pages, SoftDevices, DFU protocol codes."""
