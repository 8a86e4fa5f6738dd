using System.Buffers.Binary;
using System.Xml.Linq;
using Microsoft.Playwright;

namespace Expressivity.Dashboard.Tests.Support;

/// <summary>
/// Checks that downloaded bytes are a valid picture twice over: by structure (XML with an svg root; PNG
/// signature, IHDR first, IEND last, chunk lengths adding up) and by the browser's own decoder.
/// </summary>
public static class ImageCheck
{
    /// <summary>The SVG's root element after parsing as XML.</summary>
    public static XElement SvgRoot(byte[] bytes)
    {
        using var stream = new MemoryStream(bytes);
        var root = XDocument.Load(stream).Root ?? throw new InvalidDataException("empty SVG");
        return root.Name == XName.Get("svg", "http://www.w3.org/2000/svg") ? root : throw new InvalidDataException($"root element is {root.Name}, not svg");
    }

    /// <summary>Width and height from a PNG's IHDR, after walking every chunk to IEND.</summary>
    public static (int Width, int Height) PngSize(byte[] bytes)
    {
        byte[] signature = [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A];
        if (bytes.Length < 8 || !bytes.AsSpan(0, 8).SequenceEqual(signature)) throw new InvalidDataException("no PNG signature");
        var offset = 8;
        var chunks = new List<string>();
        (int, int) size = default;
        while (offset + 12 <= bytes.Length)
        {
            var length = (int)BinaryPrimitives.ReadUInt32BigEndian(bytes.AsSpan(offset));
            var type = System.Text.Encoding.ASCII.GetString(bytes, offset + 4, 4);
            if (type == "IHDR") size = ((int)BinaryPrimitives.ReadUInt32BigEndian(bytes.AsSpan(offset + 8)), (int)BinaryPrimitives.ReadUInt32BigEndian(bytes.AsSpan(offset + 12)));
            chunks.Add(type);
            offset += 12 + length;
        }

        if (offset != bytes.Length) throw new InvalidDataException($"chunk lengths end at {offset}, file has {bytes.Length} bytes");
        if (chunks.Count < 3 || chunks[0] != "IHDR" || chunks[^1] != "IEND" || !chunks.Contains("IDAT"))
            throw new InvalidDataException($"chunks {string.Join(",", chunks)}: expected IHDR first, an IDAT, IEND last");
        return size;
    }

    /// <summary>The picture's natural size as the browser decodes it (throws when it cannot).</summary>
    public static async Task<(int Width, int Height)> DecodedSize(IBrowser browser, byte[] bytes, string mime)
    {
        var page = await browser.NewPageAsync();
        try
        {
            var size = await page.EvaluateAsync<int[]>(
                """
                async (url) => {
                  const img = new Image();
                  img.src = url;
                  await img.decode();
                  return [img.naturalWidth, img.naturalHeight];
                }
                """, $"data:{mime};base64,{Convert.ToBase64String(bytes)}");
            return (size[0], size[1]);
        }
        finally
        {
            await page.CloseAsync();
        }
    }
}
