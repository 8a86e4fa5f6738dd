using System.Text;
using Expressivity.Actors.Commands;
using Expressivity.Actors.Protocol;

namespace Expressivity.Dashboard;

/// <summary>A sweep's result as downloadable files: CSV (field, value rows) and the JSON object of SPEC.md section 5.</summary>
public static class ResultFiles
{
    /// <summary>The CSV text, a header line then one row per field.</summary>
    public static string Csv(SweepStatus status)
    {
        var text = new StringWriter { NewLine = "\n" };
        ProgressText.WriteCsv(ProgressText.Rows(status), text);
        return text.ToString();
    }

    /// <summary>The JSON text.</summary>
    public static string Json(SweepStatus status) => ProgressText.Json(status);

    /// <summary>A file name safe for a download header: the sweep id with anything but letters, digits, '-', '_' and '.' replaced.</summary>
    public static string FileName(string sweep, string suffix)
    {
        var safe = new StringBuilder();
        foreach (var c in sweep) safe.Append(char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' ? c : '_');
        return safe + suffix;
    }
}
