"""DFU packages as evidence: what the host sent, checked on its own and against the device.

``archive`` reads nrfutil zips in memory with size limits; ``manifest`` and ``legacy`` decode their
parts (the secure init packet is ``nrf5.init_packet``); ``checks`` judges each part; ``keys`` loads
and searches public keys and verifies signatures; ``analysis`` publishes the ``package`` facts,
report section and table.  Design and facts: docs/facts/package.md.
"""
