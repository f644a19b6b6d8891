using System;
using System.Text;

namespace SparkAds.Analyzers.Generator.Emit;

/// <summary>
/// An indenting text writer with LF line endings, so generated text is identical on every OS. Every line is
/// indented, also each line of a multi-line text; <see cref="Finish"/> returns the text once every block is closed.
/// </summary>
internal sealed class SourceWriter
{
    private const int IndentSize = 4;
    private readonly StringBuilder _builder = new();
    private int _indent;

    /// <summary>Writes <paramref name="text"/> at the current indentation; each line of a multi-line text (LF or CRLF) is indented alike, an empty line stays empty.</summary>
    public void Line(string text)
    {
        var start = 0;
        while (true)
        {
            var end = text.IndexOf('\n', start);
            var stop = end < 0 ? text.Length : end;
            var length = stop > start && text[stop - 1] == '\r' ? stop - start - 1 : stop - start;
            if (length > 0)
            {
                _builder.Append(' ', _indent * IndentSize);
                _builder.Append(text, start, length);
            }

            _builder.Append('\n');
            if (end < 0)
            {
                return;
            }

            start = end + 1;
        }
    }

    public void Line() => _builder.Append('\n');

    public void OpenBlock(string header)
    {
        Line(header);
        Line("{");
        _indent++;
    }

    public void CloseBlock(string closing = "}")
    {
        if (_indent == 0)
        {
            throw new InvalidOperationException("No block is open.");
        }

        _indent--;
        Line(closing);
    }

    /// <summary>The text written; throws when a block is still open, since the text would then be unbalanced.</summary>
    public string Finish()
    {
        if (_indent != 0)
        {
            throw new InvalidOperationException("The text is unbalanced: " + _indent + " block(s) still open.");
        }

        return _builder.ToString();
    }

    /// <summary>The text written so far, balanced or not (for a debugger); generated files use <see cref="Finish"/>.</summary>
    public override string ToString() => _builder.ToString();
}
