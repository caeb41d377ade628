import { describe, expect, it } from "vitest";
import { sha256Hex } from "./sha256";
import { utf8Bytes } from "./utf8";

const hash = (s: string) => sha256Hex(utf8Bytes(s));

describe("sha256Hex", () => {
  it("matches the FIPS 180-4 examples", () => {
    expect(hash("")).toBe("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    expect(hash("abc")).toBe("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    expect(hash("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq")).toBe(
      "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1",
    );
    expect(hash("a".repeat(1_000_000))).toBe(
      "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0",
    );
  });

  // Lengths around the 64-byte block and its 9 bytes of padding, from node:crypto.
  it.each([
    [55, "9f4390f8d30c2dd92ec9f095b65e2b9ae9b0a925a5258e241c9f1e910f734318"],
    [56, "b35439a4ac6f0948b6d6f9e3c6af0f5f590ce20f1bde7090ef7970686ec6738a"],
    [63, "7d3e74a05d7db15bce4ad9ec0658ea98e3f06eeecf16b4c6fff2da457ddc2f34"],
    [64, "ffe054fe7ae0cb6dc65c3af9b61d5209f439851db43d0ba5997337df154668eb"],
    [65, "635361c48bb9eab14198e76ea8ab7f1a41685d6ad62aa9146d301d4f17eb0ae0"],
    [119, "31eba51c313a5c08226adf18d4a359cfdfd8d2e816b13f4af952f7ea6584dcfb"],
    [120, "2f3d335432c70b580af0e8e1b3674a7c020d683aa5f73aaaedfdc55af904c21c"],
  ])("hashes %i bytes across block boundaries", (n, expected) => {
    expect(hash("a".repeat(n))).toBe(expected);
  });

  it("hashes the UTF-8 bytes of Vietnamese, emoji and a lone surrogate as node:crypto does", () => {
    expect(hash("Đồng Nai")).toBe("36fbf8704e380ca9d837512ae5dcaa3f567fb375b4243f8da52f9b4028c80f68");
    expect(hash("😀x")).toBe("10f5e9cdd01d869815a52f43599f9c372ffa4b41cda11b5180da85dc0928333c");
    expect(hash("\uD800")).toBe("83d544ccc223c057d2bf80d3f2a32982c32c3c0db8e2674820da5064783fb097");
  });
});
