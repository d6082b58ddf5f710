"""What the layout readers yield: one ``Partition`` per partition, one ``FlashDevice`` per flash device
a devicetree describes.  Both keep the input and line they were read from, so a finding can cite them."""

from __future__ import annotations

from dataclasses import dataclass, field

#: Where a partition was declared: the build's generated layout, the user's static one, the devicetree.
ORIGIN_PARTITIONS_YML = "partitions.yml"
ORIGIN_PM_STATIC = "pm_static.yml"
ORIGIN_DEVICETREE = "zephyr.dts"

#: Partition Manager regions.  A partition named after its region is the region's unused remainder
#: (``external_flash``, ``sram_primary``), not a partition anything lives in.
PM_REGIONS = ("flash_primary", "external_flash", "sram_primary", "ram_flash", "otp")
#: The region Partition Manager assumes when an entry names none.
PM_DEFAULT_REGION = "flash_primary"


@dataclass(frozen=True, slots=True)
class Partition:
    """One partition as a layout file declares it.

    ``address`` is the partition's offset in its device's address space, as the file gives it (for the
    internal flash of an nRF chip this is also the CPU address; for an external flash it is the offset in
    that chip).  ``region`` is the Partition Manager region, or for a devicetree the region the flash
    device corresponds to (``flash_primary`` for the SoC's flash, ``external_flash`` otherwise).
    ``lines`` maps a field (``address``, ``size``, ``end_address``, ``region``) to the line it is on.
    """

    name: str
    address: int
    size: int
    region: str
    input: str
    line: int
    origin: str
    device: str = ""
    span: tuple[str, ...] = ()
    inside: tuple[str, ...] = ()
    dt_label: str = ""  # devicetree node label (slot0_partition); empty for Partition Manager files
    domain: str = ""  # Partition Manager domain from the file name (partitions_CPUNET.yml -> CPUNET)
    lines: dict[str, int] = field(default_factory=dict, compare=False, hash=False)

    @property
    def end(self) -> int:
        return self.address + self.size

    @property
    def external(self) -> bool:
        return self.region == "external_flash"

    def line_of(self, what: str) -> int:
        """The line of one field, or the partition's own line when the field is not written out."""
        return self.lines.get(what, self.line)


@dataclass(frozen=True, slots=True)
class FlashDevice:
    """A flash device that holds fixed partitions in a devicetree.

    ``base`` is the CPU address of the device's first byte when the CPU sees it (the SoC flash: its
    ``reg``; a QSPI flash: the controller's ``qspi_mm`` window), or None when it is not memory mapped.
    """

    label: str
    path: str
    compatible: tuple[str, ...]
    external: bool
    base: int | None
    size: int | None
    input: str
    line: int
