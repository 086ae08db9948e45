using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using static Microsoft.CodeAnalysis.CSharp.SyntaxFactory;

namespace Calculus.Live;

/// <summary>
/// Adds the guards that let the browser end a runaway cell (see <c>CellGuard</c>): every loop body starts with
/// <c>CellGuard.Tick()</c>, and every method and local function body with <c>using var _ = CellGuard.Scope()</c>
/// (which counts call depth). The inserted code carries no line breaks, so later lines keep their numbers.
/// </summary>
internal sealed class CellRewriter : CSharpSyntaxRewriter
{
    private const string Guard = "global::Calculus.Live.Kernel.CellGuard";

    /// <summary>The cell's syntax tree with the guards added.</summary>
    public static SyntaxTree AddGuards(SyntaxTree tree) =>
        tree.WithRootAndOptions(new CellRewriter().Visit(tree.GetRoot()), tree.Options);

    public override SyntaxNode? VisitWhileStatement(WhileStatementSyntax node) =>
        ((WhileStatementSyntax)base.VisitWhileStatement(node)!) is var visited ? visited.WithStatement(Ticked(visited.Statement)) : null;

    public override SyntaxNode? VisitDoStatement(DoStatementSyntax node) =>
        ((DoStatementSyntax)base.VisitDoStatement(node)!) is var visited ? visited.WithStatement(Ticked(visited.Statement)) : null;

    public override SyntaxNode? VisitForStatement(ForStatementSyntax node) =>
        ((ForStatementSyntax)base.VisitForStatement(node)!) is var visited ? visited.WithStatement(Ticked(visited.Statement)) : null;

    public override SyntaxNode? VisitForEachStatement(ForEachStatementSyntax node) =>
        ((ForEachStatementSyntax)base.VisitForEachStatement(node)!) is var visited ? visited.WithStatement(Ticked(visited.Statement)) : null;

    public override SyntaxNode? VisitForEachVariableStatement(ForEachVariableStatementSyntax node) =>
        ((ForEachVariableStatementSyntax)base.VisitForEachVariableStatement(node)!) is var visited ? visited.WithStatement(Ticked(visited.Statement)) : null;

    public override SyntaxNode? VisitMethodDeclaration(MethodDeclarationSyntax node)
    {
        var visited = (MethodDeclarationSyntax)base.VisitMethodDeclaration(node)!;
        return Scoped(visited.Body, visited.ExpressionBody, visited.SemicolonToken, ReturnsNothing(visited.ReturnType, visited.Modifiers)) is { } body
            ? visited.WithBody(body).WithExpressionBody(null).WithSemicolonToken(default)
            : visited;
    }

    public override SyntaxNode? VisitLocalFunctionStatement(LocalFunctionStatementSyntax node)
    {
        var visited = (LocalFunctionStatementSyntax)base.VisitLocalFunctionStatement(node)!;
        return Scoped(visited.Body, visited.ExpressionBody, visited.SemicolonToken, ReturnsNothing(visited.ReturnType, visited.Modifiers)) is { } body
            ? visited.WithBody(body).WithExpressionBody(null).WithSemicolonToken(default)
            : visited;
    }

    private static BlockSyntax Ticked(StatementSyntax body) =>
        Block(ParseStatement($"{Guard}.Tick();"), body);

    /// <summary>
    /// The body with a depth scope first, or null for a method without a body (abstract, partial, extern). An expression
    /// body becomes a block that takes over the trivia of the <c>=&gt;</c> and of the semicolon (their line breaks
    /// included), so that every later token stays on its line.
    /// </summary>
    private static BlockSyntax? Scoped(BlockSyntax? block, ArrowExpressionClauseSyntax? arrow, SyntaxToken semicolon, bool returnsNothing)
    {
        var scope = ParseStatement($"using var __cellGuardScope = {Guard}.Scope();");
        if (block is not null)
        {
            return block.WithStatements(block.Statements.Insert(0, scope));
        }

        if (arrow is null)
        {
            return null;
        }

        var expression = arrow.Expression;
        var leading = expression.GetLeadingTrivia();
        var bare = expression.WithLeadingTrivia(Space);
        StatementSyntax statement = expression switch
        {
            // A throw expression is allowed as an expression body only: as a statement it is a throw statement.
            ThrowExpressionSyntax thrown => ThrowStatement(thrown.ThrowKeyword, thrown.Expression, Token(SyntaxKind.SemicolonToken)),
            _ when returnsNothing => ExpressionStatement(expression),
            _ => ReturnStatement(Token(leading, SyntaxKind.ReturnKeyword, TriviaList()), bare, Token(SyntaxKind.SemicolonToken)),
        };
        return Block(scope.WithTrailingTrivia(arrow.ArrowToken.TrailingTrivia), statement)
            .WithOpenBraceToken(Token(arrow.ArrowToken.LeadingTrivia, SyntaxKind.OpenBraceToken, TriviaList()))
            .WithCloseBraceToken(Token(semicolon.LeadingTrivia, SyntaxKind.CloseBraceToken, semicolon.TrailingTrivia));
    }

    private static bool ReturnsNothing(TypeSyntax returnType, SyntaxTokenList modifiers)
    {
        if (returnType is PredefinedTypeSyntax { Keyword.RawKind: (int)SyntaxKind.VoidKeyword })
        {
            return true;
        }

        return modifiers.Any(SyntaxKind.AsyncKeyword) && returnType is IdentifierNameSyntax { Identifier.Text: "Task" or "ValueTask" } or QualifiedNameSyntax { Right.Identifier.Text: "Task" or "ValueTask" };
    }
}
