using System;
using System.Text;

namespace SparkAds.Analyzers.Generator.Emit;

/// <summary>An indenting text writer with LF line endings, so generated text is identical on every OS.</summary>
internal sealed class SourceWriter
{
    private const int IndentSize = 4;
    private readonly StringBuilder _builder = new();
    private int _indent;

    public void Line(string text)
    {
        if (text.Length > 0)
        {
            _builder.Append(' ', _indent * IndentSize);
            _builder.Append(text);
        }

        _builder.Append('\n');
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

    public override string ToString() => _builder.ToString();
}
