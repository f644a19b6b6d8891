using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Simplification;

namespace SparkAds.Analyzers.CodeFixes;

/// <summary>
/// "Add missing Spark error cases" for SPARK001 and SPARK002: one case (statement) or arm (expression) per
/// missing error, before the default if there is one, each with the error's remedy as a comment and a body
/// that compiles. Names are written fully qualified and simplified, so they read <c>SparkAdsError.X</c>
/// wherever the generated namespace is imported.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(AddMissingSparkErrorCasesCodeFix)), Shared]
public sealed class AddMissingSparkErrorCasesCodeFix : CodeFixProvider
{
    public const string Title = "Add missing Spark error cases";

    private const string NotImplemented = "throw new global::System.NotImplementedException()";

    public override ImmutableArray<string> FixableDiagnosticIds { get; } =
        ImmutableArray.Create(DiagnosticIds.UnhandledErrorsWithoutFallback, DiagnosticIds.ErrorsHandledOnlyByFallback);

    /// <summary>Fixes every switch of a document in one pass, nested switches included.</summary>
    public override FixAllProvider GetFixAllProvider()
        => FixAllProvider.Create(static async (context, document, diagnostics) => (Document?)await FixAsync(document, diagnostics, context.CancellationToken).ConfigureAwait(false));

    public override Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        foreach (var diagnostic in context.Diagnostics)
        {
            context.RegisterCodeFix(
                CodeAction.Create(Title, ct => FixAsync(context.Document, ImmutableArray.Create(diagnostic), ct), equivalenceKey: Title),
                diagnostic);
        }

        return Task.CompletedTask;
    }

    private static async Task<Document> FixAsync(Document document, ImmutableArray<Diagnostic> diagnostics, CancellationToken cancellationToken)
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        var model = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
        if (root is null || model is null)
        {
            return document;
        }

        var endOfLine = root.DescendantTrivia().FirstOrDefault(static t => t.IsKind(SyntaxKind.EndOfLineTrivia)).ToString() is { Length: > 0 } found ? found : "\n";
        var fixes = new Dictionary<SyntaxNode, Func<SyntaxNode, SyntaxNode>>();
        foreach (var diagnostic in diagnostics)
        {
            var node = root.FindToken(diagnostic.Location.SourceSpan.Start).Parent;
            var cases = node is null ? ImmutableArray<MissingCase>.Empty : MissingCase.From(diagnostic, SwitchSyntaxFacts.HasStringLiteralLabels(node));
            if (cases.IsEmpty || node is null || fixes.ContainsKey(node))
            {
                continue;
            }

            switch (node)
            {
                case SwitchStatementSyntax statement:
                    // `break;` where the end of the switch is reachable already; elsewhere it would change what the method returns.
                    var body = model.AnalyzeControlFlow(statement) is { Succeeded: true, EndPointIsReachable: false } ? NotImplemented + ";" : "break;";
                    fixes.Add(node, current => AddSections((SwitchStatementSyntax)current, cases, body, endOfLine));
                    break;
                case SwitchExpressionSyntax expression:
                    fixes.Add(node, current => AddArms((SwitchExpressionSyntax)current, cases, endOfLine));
                    break;
            }
        }

        var fixedRoot = root.ReplaceNodes(fixes.Keys, (original, current) => fixes[original](current));
        return await Simplifier.ReduceAsync(document.WithSyntaxRoot(fixedRoot), Simplifier.Annotation, cancellationToken: cancellationToken).ConfigureAwait(false);
    }

    private static SwitchStatementSyntax AddSections(SwitchStatementSyntax statement, ImmutableArray<MissingCase> cases, string body, string endOfLine)
    {
        var switchIndent = SwitchSyntaxFacts.IndentOf(statement.SwitchKeyword, string.Empty);
        var indent = statement.Sections.Count > 0 ? SwitchSyntaxFacts.IndentOf(statement.Sections[0].GetFirstToken(), switchIndent + "    ") : switchIndent + "    ";
        var bodyIndent = indent + "    ";
        var text = new StringBuilder("switch (x)").Append(endOfLine).Append('{').Append(endOfLine);
        foreach (var missing in cases)
        {
            text.Append(indent).Append("case ").Append(missing.Label).Append(':').Append(endOfLine);
            foreach (var comment in missing.Comments)
            {
                text.Append(bodyIndent).Append("// ").Append(comment).Append(endOfLine);
            }

            text.Append(bodyIndent).Append(body).Append(endOfLine);
        }

        text.Append('}');
        var parsed = (SwitchStatementSyntax)SyntaxFactory.ParseStatement(text.ToString());
        var added = parsed.Sections.Select(AnnotateQualifiedNames);
        return statement.WithSections(statement.Sections.InsertRange(SwitchSyntaxFacts.FallbackIndex(statement), added));
    }

    private static SwitchExpressionSyntax AddArms(SwitchExpressionSyntax expression, ImmutableArray<MissingCase> cases, string endOfLine)
    {
        var at = SwitchSyntaxFacts.FallbackIndex(expression);
        var value = at < expression.Arms.Count && expression.Arms[at] is { Pattern: DiscardPatternSyntax } fallback && fallback.Expression is not ThrowExpressionSyntax
            ? fallback.Expression.WithoutTrivia().ToString()
            : NotImplemented;
        var switchIndent = SwitchSyntaxFacts.IndentOf(expression.SwitchKeyword, string.Empty);
        var indent = expression.Arms.Count > 0 ? SwitchSyntaxFacts.IndentOf(expression.Arms[0].GetFirstToken(), switchIndent + "    ") : switchIndent + "    ";
        var text = new StringBuilder("x switch").Append(endOfLine).Append('{').Append(endOfLine);
        foreach (var missing in cases)
        {
            foreach (var comment in missing.Comments)
            {
                text.Append(indent).Append("// ").Append(comment).Append(endOfLine);
            }

            text.Append(indent).Append(missing.Label).Append(" => ").Append(value).Append(',').Append(endOfLine);
        }

        text.Append('}');
        var parsed = (SwitchExpressionSyntax)SyntaxFactory.ParseExpression(text.ToString());

        var items = new List<SyntaxNodeOrToken>();
        for (var i = 0; i < expression.Arms.Count; i++)
        {
            if (i == at)
            {
                AddParsedArms(items, parsed);
            }

            var arm = expression.Arms[i];
            if (i < expression.Arms.SeparatorCount)
            {
                // New arms start on a line of their own, also in a switch written on one line.
                var separator = expression.Arms.GetSeparator(i);
                var breaksLine = separator.TrailingTrivia.Any(static t => t.IsKind(SyntaxKind.EndOfLineTrivia));
                items.Add(arm);
                items.Add(i == at - 1 && !breaksLine ? separator.WithTrailingTrivia(SyntaxFactory.EndOfLine(endOfLine)) : separator);
            }
            else if (at < expression.Arms.Count)
            {
                items.Add(arm);
            }
            else
            {
                // The last arm without a trailing comma gets one, which takes over the arm's line ending.
                items.Add(arm.WithoutTrailingTrivia());
                items.Add(SyntaxFactory.Token(SyntaxKind.CommaToken).WithTrailingTrivia(arm.GetTrailingTrivia()));
            }
        }

        if (at == expression.Arms.Count)
        {
            AddParsedArms(items, parsed);
        }

        return expression.WithArms(SyntaxFactory.SeparatedList<SwitchExpressionArmSyntax>(items));
    }

    /// <summary>
    /// Marks each <c>global::</c>-qualified name for the simplifier. The simplifier reduces the names it is pointed
    /// at; an annotation on the whole new section or arm leaves them as they are.
    /// </summary>
    private static T AnnotateQualifiedNames<T>(T node)
        where T : SyntaxNode
    {
        var names = node.DescendantNodes().OfType<AliasQualifiedNameSyntax>().Select(static name =>
        {
            SyntaxNode outermost = name;
            while (outermost.Parent is MemberAccessExpressionSyntax or QualifiedNameSyntax)
            {
                outermost = outermost.Parent;
            }

            return outermost;
        });
        return node.ReplaceNodes(names, static (_, current) => current.WithAdditionalAnnotations(Simplifier.Annotation));
    }

    private static void AddParsedArms(List<SyntaxNodeOrToken> items, SwitchExpressionSyntax parsed)
    {
        for (var i = 0; i < parsed.Arms.Count; i++)
        {
            items.Add(AnnotateQualifiedNames(parsed.Arms[i]));
            items.Add(parsed.Arms.GetSeparator(i));
        }
    }
}
