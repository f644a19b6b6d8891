using System.Text;

namespace SparkAds.Analyzers.Tests.Catalog;

/// <summary>
/// Seeded catalog texts for the fuzz test: well-formed catalogs with colliding, duplicate and odd keys,
/// then mutated by random edits, truncation, quote storms, huge fields, random bytes and empty files.
/// The same seed gives the same sequence on every run.
/// </summary>
internal sealed class CatalogFuzzer(int seed)
{
    private static readonly string[] KeyWords = ["auth", "code", "video", "Video", "VIDEO", "a", "b1", "x_y", "\u00E9t\u00E9", "\u9519", "expired", "deleted", "not", "found", "format", "error", "rate", "limit", "\u0130"];
    private static readonly string[] OddKeys = ["unknown", "to_string", "spark_ads_error_keys", "_", "1", "-", " ", "a b", "x\u200By", "video__deleted", "Video_Deleted"];
    private static readonly string[] Columns = ["key", "code", "message", "remedy", "kind", "KEY", " Message ", "note", "", "key", "retryable:bool", "owner:text"];

    /// <summary>Typed team columns, well and badly declared: two types for one name, unknown types, taken and invalid names.</summary>
    private static readonly string[] TypedColumns = ["retryable:bool", "http_status:int", "owner:text", " Retryable : INT ", "notes: see wiki", "type:text", "2x:bool", "code:int", "Http_Status:int", "owner:text"];
    private static readonly string[] Pieces = ["\"", "\"\"", ",", "\n", "\r\n", "\r", "\\", "\\n", "*/", "</summary>", "<", "&", "{0}", "$\"{x}\"", "\u202E", "\u2028", "\u0085", "\uD800", "\U0001F600", "\0", "\t", " ", "\uFEFF", "#if", "///"];

    private readonly Random _random = new(seed);

    public string Next()
    {
        var catalog = WellFormed();
        return _random.Next(40) switch
        {
            0 or 1 => string.Empty,
            2 or 3 or 4 => RandomBytes(),
            >= 5 and < 10 => catalog.Substring(0, _random.Next(catalog.Length + 1)),
            >= 10 and < 14 => QuoteStorm(catalog),
            14 => HugeField(catalog),
            >= 15 and < 26 => Mutate(catalog, 1 + _random.Next(8)),
            _ => catalog,
        };
    }

    private string WellFormed()
    {
        var columns = _random.Next(20) == 0 ? RandomHeader() : ShuffledSchema();
        var csv = new StringBuilder(string.Join(",", columns)).Append(LineBreak());
        var rows = _random.Next(12);
        for (var row = 0; row < rows; row++)
        {
            for (var c = 0; c < columns.Length; c++)
            {
                if (c > 0)
                {
                    csv.Append(',');
                }

                csv.Append(Field(columns[c].Trim().ToLowerInvariant().Replace(" ", string.Empty, StringComparison.Ordinal)));
            }

            csv.Append(LineBreak());
        }

        return (_random.Next(8) == 0 ? "\uFEFF" : string.Empty) + csv;
    }

    private string[] ShuffledSchema()
    {
        string[] columns = _random.Next(3) == 0 ? ["key", "message", "remedy"] : ["key", "code", "message", "remedy", "kind"];
        if (_random.Next(3) == 0)
        {
            columns = [.. columns, .. Enumerable.Range(0, 1 + _random.Next(3)).Select(_ => TypedColumns[_random.Next(TypedColumns.Length)])];
        }

        for (var i = columns.Length - 1; i > 0; i--)
        {
            var j = _random.Next(i + 1);
            (columns[i], columns[j]) = (columns[j], columns[i]);
        }

        return columns;
    }

    private string[] RandomHeader()
    {
        var columns = new string[1 + _random.Next(6)];
        for (var i = 0; i < columns.Length; i++)
        {
            columns[i] = Columns[_random.Next(Columns.Length)];
        }

        return columns;
    }

    private string Field(string column) => column switch
    {
        "key" => Quoted(Key()),
        "code" => _random.Next(30) switch
        {
            0 => string.Empty,
            1 => "x" + _random.Next(100).ToString(CultureInfo.InvariantCulture),
            2 => "99999999999",
            3 => " 4002 ",
            _ => _random.Next(-5, 60000).ToString(CultureInfo.InvariantCulture),
        },
        "kind" => _random.Next(20) switch
        {
            0 => "system",
            1 => "SYSTEM ",
            2 => "fatal",
            3 => string.Empty,
            _ => "user",
        },
        _ when column.EndsWith(":bool", StringComparison.Ordinal) => _random.Next(6) switch
        {
            0 => string.Empty,
            1 => "yes",
            2 => "TRUE",
            3 => "False",
            _ => _random.Next(2) == 0 ? "true" : "false",
        },
        _ when column.EndsWith(":int", StringComparison.Ordinal) => _random.Next(8) switch
        {
            0 => string.Empty,
            1 => "4xx",
            2 => "\"1,000\"",
            3 => "+404",
            _ => _random.Next(-600, 600).ToString(CultureInfo.InvariantCulture),
        },
        _ => Quoted(Text()),
    };

    private string Key()
    {
        if (_random.Next(15) == 0)
        {
            return OddKeys[_random.Next(OddKeys.Length)];
        }

        var key = new StringBuilder();
        var words = 1 + _random.Next(3);
        for (var i = 0; i < words; i++)
        {
            key.Append(i > 0 ? (_random.Next(20) == 0 ? "__" : "_") : string.Empty).Append(KeyWords[_random.Next(KeyWords.Length)]);
        }

        return key.ToString();
    }

    private string Text()
    {
        if (_random.Next(40) == 0)
        {
            return _random.Next(2) == 0 ? string.Empty : "  ";
        }

        var text = new StringBuilder();
        var pieces = 1 + _random.Next(8);
        for (var i = 0; i < pieces; i++)
        {
            text.Append(_random.Next(3) == 0 ? Pieces[_random.Next(Pieces.Length)] : "word" + _random.Next(100).ToString(CultureInfo.InvariantCulture));
        }

        return text.ToString();
    }

    private string Quoted(string value)
        => value.AsSpan().IndexOfAny("\",\r\n") >= 0 || _random.Next(4) == 0
            ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\""
            : value;

    private string LineBreak() => _random.Next(4) == 0 ? "\r\n" : "\n";

    private string Mutate(string catalog, int edits)
    {
        var text = new StringBuilder(catalog);
        for (var i = 0; i < edits; i++)
        {
            var at = _random.Next(text.Length + 1);
            switch (_random.Next(3))
            {
                case 0 when text.Length > 0 && at < text.Length:
                    text.Remove(at, 1 + _random.Next(Math.Min(5, text.Length - at)));
                    break;
                case 1 when text.Length > 0 && at < text.Length:
                    text[at] = Pieces[_random.Next(Pieces.Length)][0];
                    break;
                default:
                    text.Insert(at, Pieces[_random.Next(Pieces.Length)]);
                    break;
            }
        }

        return text.ToString();
    }

    private string QuoteStorm(string catalog)
    {
        var text = new StringBuilder(catalog);
        var quotes = 1 + _random.Next(40);
        for (var i = 0; i < quotes; i++)
        {
            text.Insert(_random.Next(text.Length + 1), '"');
        }

        return text.ToString();
    }

    private string HugeField(string catalog)
    {
        var huge = new string((char)('a' + _random.Next(26)), 5_000 + _random.Next(25_000));
        var field = _random.Next(2) == 0 ? huge : "\"" + huge.Replace("a", "\"\"\n,", StringComparison.Ordinal) + "\"";
        return catalog.Insert(catalog.IndexOf('\n', StringComparison.Ordinal) + 1, "huge_row,1," + field + ",Fix.,user\n");
    }

    private string RandomBytes()
    {
        var bytes = new byte[_random.Next(400)];
        _random.NextBytes(bytes);
        return Encoding.UTF8.GetString(bytes);
    }
}
