#!/usr/bin/python3
"""An independent reader of ROTS case bundles (docs/bundle-format.md), and the source of the
known-answer vectors in tests/storage/crypto_test.cpp.

It shares no code with the app: Argon2id comes from argon2-cffi (Debian `python3-argon2`, on the
Argon2 reference implementation libargon2), ChaCha20 and Poly1305 from `python3-cryptography`
(OpenSSL), BLAKE2b from hashlib. HChaCha20, which neither offers, is written out below and checked
against OpenSSL's ChaCha20 block function before anything is computed.

  apt-get install python3-argon2 python3-cryptography
  /usr/bin/python3 tools/bundle_reference.py vectors              # the values crypto_test.cpp expects
  /usr/bin/python3 tools/bundle_reference.py open FILE PASSPHRASE # decrypt and check a bundle
"""
import hashlib
import json
import os
import struct
import sys

from argon2.low_level import Type, hash_secret_raw
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms
from cryptography.hazmat.primitives.poly1305 import Poly1305

MAGIC = b"ROTSBNDL"
HEADER_BYTES = 60
CHUNK_PLAINTEXT_MAX = 64 * 1024
ABYTES = 17
TAG_MESSAGE, TAG_FINAL = 0, 3
KDF_MIN, KDF_MAX = (1, 8 * 1024), (10, 256 * 1024)  # (ops, memory KiB)


# --- primitives ------------------------------------------------------------------------------
def chacha20_ietf(key, nonce12, counter, data):
    """RFC 8439 ChaCha20 (OpenSSL): 32-bit block counter, 96-bit nonce."""
    iv = struct.pack("<I", counter) + nonce12
    return Cipher(algorithms.ChaCha20(key, iv), mode=None).encryptor().update(data)


def _rotl(v, n):
    return ((v << n) & 0xFFFFFFFF) | (v >> (32 - n))


def _chacha_rounds(state):
    x = list(state)
    for _ in range(10):
        for a, b, c, d in ((0, 4, 8, 12), (1, 5, 9, 13), (2, 6, 10, 14), (3, 7, 11, 15),
                           (0, 5, 10, 15), (1, 6, 11, 12), (2, 7, 8, 13), (3, 4, 9, 14)):
            x[a] = (x[a] + x[b]) & 0xFFFFFFFF; x[d] = _rotl(x[d] ^ x[a], 16)
            x[c] = (x[c] + x[d]) & 0xFFFFFFFF; x[b] = _rotl(x[b] ^ x[c], 12)
            x[a] = (x[a] + x[b]) & 0xFFFFFFFF; x[d] = _rotl(x[d] ^ x[a], 8)
            x[c] = (x[c] + x[d]) & 0xFFFFFFFF; x[b] = _rotl(x[b] ^ x[c], 7)
    return x


def _initial_state(key, sixteen):
    return list(struct.unpack("<4I", b"expand 32-byte k") + struct.unpack("<8I", key) +
                struct.unpack("<4I", sixteen))


def hchacha20(key, in16):
    """HChaCha20 (draft-irtf-cfrg-xchacha): the ChaCha20 rounds without the final addition;
    words 0-3 and 12-15."""
    x = _chacha_rounds(_initial_state(key, in16))
    return struct.pack("<8I", *(x[0:4] + x[12:16]))


def _check_chacha_core():
    """The rounds above plus the feed-forward must equal OpenSSL's ChaCha20 block."""
    for _ in range(8):
        key, nonce, counter = os.urandom(32), os.urandom(12), int.from_bytes(os.urandom(4), "little")
        state = _initial_state(key, struct.pack("<I", counter) + nonce)
        mine = struct.pack("<16I", *((a + b) & 0xFFFFFFFF for a, b in zip(_chacha_rounds(state), state)))
        assert mine == chacha20_ietf(key, nonce, counter, bytes(64)), "ChaCha20 core differs from OpenSSL"


def argon2id(passphrase, salt, ops, memory_kib, length=32):
    """Argon2id v1.3 with one lane, as libsodium's crypto_pwhash(ALG_ARGON2ID13) computes it."""
    return hash_secret_raw(passphrase, salt, time_cost=ops, memory_cost=memory_kib, parallelism=1,
                           hash_len=length, type=Type.ID, version=19)


def blake2b_256_hex(data):
    return hashlib.blake2b(data, digest_size=32).hexdigest()


# --- libsodium's crypto_secretstream_xchacha20poly1305, written from its construction ---------
class SecretStream:
    def __init__(self, key, header24):
        self.k = hchacha20(key, header24[:16])
        self.counter = 1
        self.inonce = header24[16:24]

    def _nonce(self):
        return struct.pack("<I", self.counter) + self.inonce

    def _mac(self, ad, tag_block, c):
        poly_key = chacha20_ietf(self.k, self._nonce(), 0, bytes(64))[:32]
        data = ad + bytes((0x10 - len(ad)) & 0xF) + tag_block + c
        data += bytes((0x10 - 64 + len(c)) & 0xF)  # libsodium pads by len(c) % 16 here (sic)
        data += struct.pack("<QQ", len(ad), 64 + len(c))
        p = Poly1305(poly_key)
        p.update(data)
        return p.finalize()

    def _advance(self, mac, tag):
        self.inonce = bytes(a ^ b for a, b in zip(self.inonce, mac[:8]))
        self.counter = (self.counter + 1) & 0xFFFFFFFF
        if tag & 2 or self.counter == 0:  # TAG_REKEY, which TAG_FINAL (3) includes
            fresh = chacha20_ietf(self.k, self._nonce(), 0, self.k + self.inonce)
            self.k, self.inonce, self.counter = fresh[:32], fresh[32:], 1

    def push(self, message, ad, tag):
        tag_block = chacha20_ietf(self.k, self._nonce(), 1, bytes([tag]) + bytes(63))
        c = chacha20_ietf(self.k, self._nonce(), 2, message)
        mac = self._mac(ad, tag_block, c)
        self._advance(mac, tag)
        return tag_block[:1] + c + mac

    def pull(self, chunk, ad):
        """Returns (plaintext, tag), or None when the chunk does not authenticate."""
        if len(chunk) < ABYTES:
            return None
        tag_block = bytearray(chacha20_ietf(self.k, self._nonce(), 1, chunk[:1] + bytes(63)))
        tag = tag_block[0]
        tag_block[0] = chunk[0]
        c, mac = chunk[1:-16], chunk[-16:]
        if self._mac(ad, bytes(tag_block), c) != mac:
            return None
        message = chacha20_ietf(self.k, self._nonce(), 2, c)
        self._advance(mac, tag)
        return message, tag


# --- the known-answer vectors of tests/storage/crypto_test.cpp --------------------------------
KAT_PASSPHRASE = "Zoë's sleutel".encode()
KAT_SALT = b"rots-kat-salt-16"
KAT_KEY = bytes(range(32))
KAT_HEADER = bytes(range(0xA0, 0xA0 + 24))
KAT_AD = b"ROTSBNDL header stand-in"
KAT_MESSAGES = [(b"Eerste stuk: Zo\xc3\xab", TAG_MESSAGE), (b"", TAG_MESSAGE), (b"x" * 100, TAG_FINAL)]


def cmd_vectors():
    print("argon2id(1, 8 MiB)     ", argon2id(KAT_PASSPHRASE, KAT_SALT, 1, 8192).hex())
    print("argon2id(3, 12 MiB)    ", argon2id(KAT_PASSPHRASE, KAT_SALT, 3, 12288).hex())
    print("argon2id(2, 9 MiB)  ''  ", argon2id(b"", KAT_SALT, 2, 9216).hex())
    print("blake2b-256('')        ", blake2b_256_hex(b""))
    print("blake2b-256(Zoë...)    ", blake2b_256_hex(KAT_PASSPHRASE))
    stream = SecretStream(KAT_KEY, KAT_HEADER)
    for i, (message, tag) in enumerate(KAT_MESSAGES):
        print(f"secretstream chunk {i}   ", stream.push(message, KAT_AD if i == 0 else b"", tag).hex())


# --- reading a bundle --------------------------------------------------------------------------
def fail(what):
    sys.exit(f"bundle_reference: {what}")


def open_bundle(data, passphrase):
    if data[:8] != MAGIC:
        fail("not a bundle (magic)")
    if len(data) < HEADER_BYTES:
        fail("truncated header")
    version, kdf_id, reserved, ops, memory_kib = struct.unpack_from("<HBBII", data, 8)
    if (version, kdf_id, reserved) != (1, 1, 0):
        fail(f"unsupported version {version}, KDF {kdf_id}, reserved {reserved}")
    if not (KDF_MIN[0] <= ops <= KDF_MAX[0] and KDF_MIN[1] <= memory_kib <= KDF_MAX[1]):
        fail(f"KDF parameters outside the caps: ops {ops}, memory {memory_kib} KiB")
    salt, stream_header = data[20:36], data[36:60]
    stream = SecretStream(argon2id(passphrase, salt, ops, memory_kib), stream_header)
    at, plaintext, first = HEADER_BYTES, b"", True
    while True:
        if at + 4 > len(data):
            fail("truncated: no final chunk")
        (length,) = struct.unpack_from("<I", data, at)
        if length < ABYTES or length > CHUNK_PLAINTEXT_MAX + ABYTES:
            fail(f"damaged: chunk length {length}")
        if at + 4 + length > len(data):
            fail("truncated chunk")
        opened = stream.pull(data[at + 4:at + 4 + length], data[:HEADER_BYTES] if first else b"")
        if opened is None:
            fail("wrong passphrase" if first else "damaged chunk")
        message, tag = opened
        plaintext += message
        at, first = at + 4 + length, False
        if tag == TAG_FINAL:
            break
        if tag != TAG_MESSAGE:
            fail(f"damaged: tag {tag}")
    if at != len(data):
        fail("trailing data")
    return plaintext


def parse_payload(plaintext):
    entries, at = [], 0
    while at < len(plaintext):
        if at + 4 > len(plaintext):
            fail("truncated entry length")
        (length,) = struct.unpack_from("<I", plaintext, at)
        if at + 4 + length > len(plaintext):
            fail("truncated entry")
        entries.append(plaintext[at + 4:at + 4 + length])
        at += 4 + length
    manifest = json.loads(entries[0].decode("utf-8"))["manifest"]
    records = entries[1:]
    if len(records) != len(manifest["records"]):
        fail("record count differs from the manifest")
    for entry, record in zip(manifest["records"], records):
        if blake2b_256_hex(record) != entry["hash"]:
            fail(f"hash mismatch for {entry['key']}")
        if not isinstance(json.loads(record.decode("utf-8")), dict):
            fail(f"{entry['key']} is not a JSON object")
    return manifest, records


def cmd_open(path, passphrase):
    with open(path, "rb") as f:
        data = f.read()
    manifest, records = parse_payload(open_bundle(data, passphrase.encode()))
    print(json.dumps(manifest, ensure_ascii=False, indent=2))
    for entry, record in zip(manifest["records"], records):
        print(f"{entry['key']}: {len(record)} bytes, hash ok, {json.loads(record)['case']['pseudonym']}")


def main(argv):
    _check_chacha_core()
    if len(argv) == 2 and argv[1] == "vectors":
        cmd_vectors()
    elif len(argv) == 4 and argv[1] == "open":
        cmd_open(argv[2], argv[3])
    else:
        sys.exit(__doc__)


if __name__ == "__main__":
    main(sys.argv)
