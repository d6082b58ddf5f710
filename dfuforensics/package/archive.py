"""ZIP archives read in memory, never extracted: the package is hostile input until proven otherwise.

Limits guard against zip bombs (declared size, total size, compression ratio), and member names
that would escape a folder if someone extracted them (``../``, absolute paths, drive letters) are
reported and ignored.  Reading stops at the declared size, so a header that under-states its size
cannot make us inflate more than the limits allow; a member whose bytes do not match its CRC is
reported, not used.
"""

from __future__ import annotations

import io
import re
from dataclasses import dataclass

from ..errors import WrongFormat
from ..model import Location, ParseWarning

#: An nRF5 image is at most the chip's flash (1 MiB); anything much larger is not a DFU image.
MAX_MEMBER_BYTES = 4 * 1024 * 1024
MAX_TOTAL_BYTES = 16 * 1024 * 1024
MAX_MEMBERS = 64
#: deflate reaches ~1000:1 on zeros; firmware compresses ~2:1, a heavily padded image ~100:1
MAX_RATIO = 200
RATIO_CHECK_ABOVE = 64 * 1024

_DRIVE = re.compile(r"^[A-Za-z]:")


@dataclass(frozen=True, slots=True)
class Member:
    name: str
    data: bytes
    #: offset of the member's local header in the zip: where a finding points
    offset: int


def unsafe_name(name: str) -> str | None:
    """Why a member name is unsafe to extract, or None."""
    if "\x00" in name:
        return "contains a NUL byte"
    if name.startswith(("/", "\\")) or _DRIVE.match(name):
        return "is an absolute path"
    parts = re.split(r"[\\/]", name)
    if ".." in parts:
        return "climbs out of the package folder with '..'"
    return None


def read_members(data: bytes, input_name: str) -> tuple[dict[str, Member], list[ParseWarning]]:
    """Every usable member of the zip by name, plus a warning for each member not used and why.

    Raises ``WrongFormat`` when the bytes are not a zip archive at all.
    """
    import zipfile
    import zlib

    try:
        zf = zipfile.ZipFile(io.BytesIO(data))
        infos = zf.infolist()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, ValueError, NotImplementedError) as exc:
        raise WrongFormat(f"not a readable zip archive ({exc})") from None
    warnings: list[ParseWarning] = []
    members: dict[str, Member] = {}
    total = 0

    def warn(info: zipfile.ZipInfo, msg: str) -> None:
        warnings.append(ParseWarning(Location(input_name, offset=info.header_offset), msg))

    if len(infos) > MAX_MEMBERS:
        warnings.append(ParseWarning(Location(input_name, offset=0),
                                     f"{len(infos)} members; only the first {MAX_MEMBERS} are read"))
        infos = infos[:MAX_MEMBERS]
    for info in infos:
        name = info.filename
        if name.endswith("/"):  # ZipInfo.is_dir() itself fails on an empty name
            continue  # a folder entry holds no bytes
        why = unsafe_name(name)
        if why:
            warn(info, f"member {name!r} {why} (path traversal); ignored")
            continue
        if name in members:
            warn(info, f"member {name!r} appears twice; the first copy is used")
            continue
        if info.flag_bits & 0x1:
            warn(info, f"member {name!r} is encrypted; ignored")
            continue
        if info.file_size > MAX_MEMBER_BYTES:
            warn(info, f"member {name!r} declares {info.file_size} bytes, more than the {MAX_MEMBER_BYTES} an "
                       "nRF5 image can be; ignored")
            continue
        if info.file_size > RATIO_CHECK_ABOVE and info.file_size > MAX_RATIO * max(info.compress_size, 1):
            warn(info, f"member {name!r} would inflate {info.compress_size} bytes to {info.file_size} "
                       f"(ratio over {MAX_RATIO}:1, a zip bomb); ignored")
            continue
        if total + info.file_size > MAX_TOTAL_BYTES:
            warn(info, f"member {name!r} would take the package past {MAX_TOTAL_BYTES} bytes; ignored")
            continue
        try:
            with zf.open(info) as fh:
                body = fh.read(info.file_size + 1)  # never more than declared (+1 to see a liar)
        except (zipfile.BadZipFile, zlib.error, EOFError, OSError, NotImplementedError, ValueError) as exc:
            warn(info, f"member {name!r} cannot be read ({exc}); ignored")
            continue
        if len(body) != info.file_size:
            warn(info, f"member {name!r} holds {len(body)} bytes, its header says {info.file_size}; ignored")
            continue
        total += len(body)
        members[name] = Member(name, body, info.header_offset)
    return members, warnings
