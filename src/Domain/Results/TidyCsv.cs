using System.Text;

namespace Expressivity.Domain.Results;

/// <summary>
/// Tidy rows as CSV (RFC 4180: comma separated, CRLF-free "\n" lines, fields with a comma, quote or line
/// break quoted with quotes doubled) under the header <c>sweep,kind,parameters,field,value</c>; <see cref="Read"/>
/// is its exact inverse.
/// </summary>
public static class TidyCsv
{
    /// <summary>The header line.</summary>
    public const string Header = "sweep,kind,parameters,field,value";

    /// <summary>Writes the header and one line per row.</summary>
    public static void Write(IEnumerable<TidyRow> rows, TextWriter output)
    {
        output.Write(Header + "\n");
        foreach (var r in rows)
            output.Write(string.Join(",", new[] { r.Sweep, r.Kind, r.Parameters, r.Field, r.Value }.Select(Quote)) + "\n");
    }

    /// <summary>Reads what <see cref="Write"/> wrote; a malformed line throws <see cref="FormatException"/> naming it.</summary>
    public static IReadOnlyList<TidyRow> Read(TextReader input)
    {
        var records = Records(input.ReadToEnd()).ToList();
        if (records.Count == 0 || string.Join(",", records[0]) != Header) throw new FormatException($"line 1: expected the header '{Header}'");
        return records.Skip(1).Select((f, i) => f.Count == 5
            ? new TidyRow(f[0], f[1], f[2], f[3], f[4])
            : throw new FormatException($"record {i + 2}: expected 5 fields, got {f.Count}")).ToList();
    }

    private static string Quote(string field) =>
        field.IndexOfAny([',', '"', '\n', '\r']) < 0 ? field : "\"" + field.Replace("\"", "\"\"") + "\"";

    private static IEnumerable<List<string>> Records(string text)
    {
        var fields = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c != '"') field.Append(c);
                else if (i + 1 < text.Length && text[i + 1] == '"') field.Append(text[++i]);
                else quoted = false;
            }
            else if (c == '"') quoted = true;
            else if (c == ',')
            {
                fields.Add(field.ToString());
                field.Clear();
            }
            else if (c == '\n')
            {
                fields.Add(field.ToString());
                field.Clear();
                yield return fields;
                fields = [];
            }
            else if (c != '\r') field.Append(c);
        }

        if (quoted) throw new FormatException("unterminated quoted field at the end");
        if (field.Length > 0 || fields.Count > 0)
        {
            fields.Add(field.ToString());
            yield return fields;
        }
    }
}
