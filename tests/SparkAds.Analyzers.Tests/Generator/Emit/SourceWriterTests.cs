using SparkAds.Analyzers.Generator.Emit;

namespace SparkAds.Analyzers.Tests.Generator.Emit;

/// <summary>The generator's text writer: every line indented, LF endings, and only balanced text is finished.</summary>
public sealed class SourceWriterTests
{
    [Fact]
    public void MultiLineTextInsideBlocks_IndentsEveryLineAndKeepsEmptyLinesEmpty()
    {
        var writer = new SourceWriter();
        writer.OpenBlock("namespace N");
        writer.OpenBlock("class C");
        writer.Line("int A;\n\nint B;\r\nint C;");
        writer.CloseBlock();
        writer.CloseBlock();

        Assert.Equal("namespace N\n{\n    class C\n    {\n        int A;\n\n        int B;\n        int C;\n    }\n}\n", writer.Finish());
    }

    [Fact]
    public void TrailingLineBreakInText_WritesOneEmptyLineAfterIt()
    {
        var writer = new SourceWriter();
        writer.OpenBlock("class C");
        writer.Line("int A;\n");
        writer.CloseBlock();

        Assert.Equal("class C\n{\n    int A;\n\n}\n", writer.Finish());
    }

    [Fact]
    public void BlockLeftOpen_FinishThrowsInvalidOperation()
    {
        var writer = new SourceWriter();
        writer.OpenBlock("class C");
        writer.Line("int A;");

        var exception = Assert.Throws<InvalidOperationException>(() => writer.Finish());
        Assert.Equal("The text is unbalanced: 1 block(s) still open.", exception.Message);
        Assert.Equal("class C\n{\n    int A;\n", writer.ToString());
    }

    [Fact]
    public void CloseWithoutOpen_ThrowsInvalidOperation()
    {
        var writer = new SourceWriter();

        var exception = Assert.Throws<InvalidOperationException>(() => writer.CloseBlock());
        Assert.Equal("No block is open.", exception.Message);
    }
}
