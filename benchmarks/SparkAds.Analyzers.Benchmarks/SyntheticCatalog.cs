using System.Globalization;
using System.Text;

namespace SparkAds.Analyzers.Benchmarks;

/// <summary>
/// A catalog CSV of any size shaped like the real one: snake_case keys, codes shared by pairs of keys, a tenth
/// of the codes blank, system rows, and texts with commas, doubled quotes and line breaks inside quotes. With
/// <c>typedColumns</c>, also the three typed team columns of the contract (<c>retryable:bool</c>, <c>http_status:int</c>,
/// <c>owner:text</c>), each with a value in most rows (a third of the bools and a tenth of the numbers empty, a fifth of
/// the owners quoted with a comma), so every generated lookup has a table to read.
/// </summary>
internal static class SyntheticCatalog
{
    /// <summary>The option of the <c>generator</c> and <c>generator-build</c> modes that adds the typed columns.</summary>
    public const string TypedColumnsOption = "--typed-columns";

    public static string Create(int rows, bool typedColumns = false)
    {
        var csv = new StringBuilder(rows * (typedColumns ? 190 : 160));
        csv.Append("key,code,message,remedy,kind").Append(typedColumns ? ",retryable:bool,http_status:int,owner:text\n" : "\n");
        for (var i = 0; i < rows; i++)
        {
            var n = i.ToString("D5", CultureInfo.InvariantCulture);
            csv.Append("synthetic_error_").Append(n).Append('_').Append((char)('a' + (i % 26))).Append(',');
            if (i % 10 != 9)
            {
                csv.Append((100000 + (i / 2)).ToString(CultureInfo.InvariantCulture));
            }

            csv.Append(",\"The post code ").Append(n).Append(" was rejected, because the \"\"spark\"\" authorisation expired.\",");
            csv.Append(i % 7 == 0 ? "\"Ask the creator for a new code.\nThen retry the request.\"" : "Ask the creator for a new code and retry.");
            csv.Append(',').Append(i % 10 == 3 ? "system" : "user");
            if (typedColumns)
            {
                csv.Append(',').Append((i % 3) switch { 0 => "true", 1 => "FALSE", _ => string.Empty });
                csv.Append(',').Append(i % 10 == 9 ? string.Empty : (400 + (i % 100)).ToString(CultureInfo.InvariantCulture));
                csv.Append(',').Append(i % 5 == 0 ? "\"Team " + (i % 13).ToString(CultureInfo.InvariantCulture) + ", EU\"" : "team-" + (i % 13).ToString(CultureInfo.InvariantCulture));
            }

            csv.Append('\n');
        }

        return csv.ToString();
    }
}
