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
/// "Add missing Spark error cases" for SPARK001 and SPARK002: one case (statement) or arm (expression) per value the
/// diagnostic asks to name (each unhandled value and each value that reaches a catch-all), each with the error's
/// remedy as a comment and a body that compiles. New arms go just before the first catch-all pattern arm (guarded
/// or not), else at the end, so no arm is added for a value an earlier arm takes and no later arm becomes
/// unreachable; a catch-all the new arms leave unreachable is removed. Codes and keys keep the switch's style
/// (literals or generated constants); names are written fully qualified and simplified, so they read
/// <c>SparkAdsError.X</c> (or through an alias) wherever the generated namespace is imported.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(AddMissingSparkErrorCasesCodeFix)), Shared]
public sealed class AddMissingSparkErrorCasesCodeFix : CodeFixProvider
{
    public const string Title = "Add missing Spark error cases";

    private const string NotImplemented = "throw new global::System.NotImplementedException()";

    private static SyntaxAnnotation FixedSwitch => FixedSwitchCleanup.FixedSwitch;

    private static SyntaxAnnotation AddedArm => FixedSwitchCleanup.AddedArm;

    public override ImmutableArray<string> FixableDiagnosticIds { get; } =
        ImmutableArray.Create(DiagnosticIds.UnhandledErrorsWithoutFallback, DiagnosticIds.ErrorsHandledOnlyByFallback);

    /// <summary>Fixes every switch of a document in one pass, nested switches included.</summary>
    public override FixAllProvider GetFixAllProvider()
        => FixAllProvider.Create(static async (context, document, diagnostics) => (Document?)await FixAsync(document, diagnostics, context.CancellationToken).ConfigureAwait(false));

    public override Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        foreach (var diagnostic in context.Diagnostics)
        {
            // SPARK002 for values only a relational, `not` or type arm takes: there is no arm to add.
            if (MissingCase.From(diagnostic, useLiterals: false).IsEmpty)
            {
                continue;
            }

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
            if (node is not (SwitchStatementSyntax or SwitchExpressionSyntax) || fixes.ContainsKey(node))
            {
                continue;
            }

            var literalKind = diagnostic.Properties.TryGetValue(DiagnosticPropertyNames.SwitchKind, out var kind) && kind == DiagnosticPropertyNames.CodeSwitch
                ? SyntaxKind.NumericLiteralExpression
                : SyntaxKind.StringLiteralExpression;
            var typeName = kind == DiagnosticPropertyNames.CodeSwitch ? "SparkAdsErrorCodes" : kind == DiagnosticPropertyNames.KeySwitch ? "SparkAdsErrorKeys" : "SparkAdsError";
            var cases = MissingCase.From(
                diagnostic,
                SwitchSyntaxFacts.UsesLiterals(node, literalKind, model, cancellationToken),
                SwitchSyntaxFacts.QualifierOf(node, typeName, model, cancellationToken));
            if (cases.IsEmpty)
            {
                continue;
            }

            // The null case has a place of its own where a catch-all that does not take null (`not null`, `{ }`, a type
            // pattern) comes first: after it, behind any guarded `null when …` arm that follows it.
            var nullCases = cases.Where(static c => c.Label == "null").ToImmutableArray();
            var otherCases = cases.RemoveRange(nullCases);
            var at = SwitchSyntaxFacts.InsertionIndex(node, model, cancellationToken);
            var nullAt = nullCases.IsEmpty ? at : SwitchSyntaxFacts.InsertionIndex(node, model, cancellationToken, forNull: true);

            // A statement's new sections end in `break;` where the end of the switch is reachable already; elsewhere a
            // `break;` would change what the method returns.
            var body = node is SwitchStatementSyntax statement && model.AnalyzeControlFlow(statement) is { Succeeded: true, EndPointIsReachable: false }
                ? NotImplemented + ";"
                : "break;";
            fixes.Add(node, current => InsertInOrder(
                current,
                (at, otherCases),
                (nullAt, nullCases),
                (switchNode, index, added) => switchNode is SwitchStatementSyntax switchStatement
                    ? AddSections(switchStatement, index, added, body, endOfLine)
                    : AddArms((SwitchExpressionSyntax)switchNode, index, added, endOfLine)).WithAdditionalAnnotations(FixedSwitch));
        }

        if (fixes.Count == 0)
        {
            return document;
        }

        var fixedDocument = document.WithSyntaxRoot(root.ReplaceNodes(fixes.Keys, (original, current) => fixes[original](current)));
        fixedDocument = await FixedSwitchCleanup.ApplyAsync(fixedDocument, cancellationToken).ConfigureAwait(false);
        var fixedRoot = await fixedDocument.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        return fixedRoot is not null && fixedRoot.GetAnnotatedNodes(Simplifier.Annotation).Any()
            ? await Simplifier.ReduceAsync(fixedDocument, Simplifier.Annotation, cancellationToken: cancellationToken).ConfigureAwait(false)
            : fixedDocument;
    }

    /// <summary>
    /// Inserts the null case and the others; at one place, null first, as the diagnostic lists them; at two, the later
    /// place first, so the earlier index still points where it did.
    /// </summary>
    private static SyntaxNode InsertInOrder(SyntaxNode node, (int At, ImmutableArray<MissingCase> Cases) others, (int At, ImmutableArray<MissingCase> Cases) nulls, Func<SyntaxNode, int, ImmutableArray<MissingCase>, SyntaxNode> insert)
    {
        if (nulls.Cases.IsEmpty || others.Cases.IsEmpty || nulls.At == others.At)
        {
            return insert(node, nulls.Cases.IsEmpty ? others.At : nulls.At, nulls.Cases.AddRange(others.Cases));
        }

        return nulls.At > others.At
            ? insert(insert(node, nulls.At, nulls.Cases), others.At, others.Cases)
            : insert(insert(node, others.At, others.Cases), nulls.At, nulls.Cases);
    }

    private static SwitchStatementSyntax AddSections(SwitchStatementSyntax statement, int at, ImmutableArray<MissingCase> cases, string body, string endOfLine)
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
        var added = parsed.Sections.Select(static section => AnnotateQualifiedNames(section).WithAdditionalAnnotations(AddedArm));
        return statement.WithSections(statement.Sections.InsertRange(at, added));
    }

    private static SwitchExpressionSyntax AddArms(SwitchExpressionSyntax expression, int at, ImmutableArray<MissingCase> cases, string endOfLine)
    {
        // Every value named here reaches an unguarded `_` that does more than throw: its value keeps the behaviour.
        var value = at < expression.Arms.Count && expression.Arms[at] is { Pattern: DiscardPatternSyntax, WhenClause: null } fallback && fallback.Expression is not ThrowExpressionSyntax
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
            items.Add(AnnotateQualifiedNames(parsed.Arms[i]).WithAdditionalAnnotations(AddedArm));
            items.Add(parsed.Arms.GetSeparator(i));
        }
    }
}
