"""Flash partition layouts given as evidence: the Partition Manager's ``partitions.yml`` and
``pm_static.yml``, and the devicetree's fixed partitions in ``zephyr.dts``.

Why a room of its own: the layout says where MCUboot's slots, the bootloader and the settings storage
really are, so the MCUboot analysis reads slots at their real addresses instead of guessing them, and a
layout that contradicts itself (overlapping partitions, a ``pm_static.yml`` the build did not follow) is
evidence in its own right.  ``records`` holds what the readers yield, ``pm_yaml`` and ``dts`` read the two
formats, ``layout`` puts one layout together from every input and checks it, ``analysis`` publishes it.
"""
