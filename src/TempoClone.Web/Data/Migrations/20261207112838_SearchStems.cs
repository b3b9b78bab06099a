using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace TempoClone.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class SearchStems : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "SearchStems",
                table: "Articles",
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_Articles_SearchStemsMissing",
                table: "Articles",
                column: "Id",
                filter: "\"SearchStems\" IS NULL");

            // The index reads a view, so what it indexes and what its excerpts show are the same text: the body without
            // its dateline (the rule of Pages/Search/SearchText.WithoutDateline) and the word roots kept on save.
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS ArticleSearch_Update;");
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS ArticleSearch_Delete;");
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS ArticleSearch_Insert;");
            migrationBuilder.Sql("DROP TABLE IF EXISTS ArticleSearch;");
            migrationBuilder.Sql("""
                CREATE VIEW ArticleSearchContent AS
                SELECT Id, Title, Deck,
                    CASE WHEN BodyMarkdown NOT LIKE 'TEMPO%' THEN BodyMarkdown
                         WHEN instr(substr(BodyMarkdown, 1, 80), ' - ') > 0 THEN substr(BodyMarkdown, instr(substr(BodyMarkdown, 1, 80), ' - ') + 3)
                         ELSE BodyMarkdown END AS Body,
                    coalesce(SearchStems, '') AS Stems
                FROM Articles;
                """);
            migrationBuilder.Sql("""
                CREATE VIRTUAL TABLE ArticleSearch USING fts5(
                    Title, Deck, Body, Stems,
                    content='ArticleSearchContent', content_rowid='Id',
                    tokenize='unicode61 remove_diacritics 2', prefix='2 3 4');
                """);
            // The old entry is taken out before the row changes (read through the same view), the new one put in after.
            migrationBuilder.Sql("""
                CREATE TRIGGER ArticleSearch_Insert AFTER INSERT ON Articles BEGIN
                    INSERT INTO ArticleSearch(rowid, Title, Deck, Body, Stems) SELECT Id, Title, Deck, Body, Stems FROM ArticleSearchContent WHERE Id = new.Id;
                END;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER ArticleSearch_Delete BEFORE DELETE ON Articles BEGIN
                    INSERT INTO ArticleSearch(ArticleSearch, rowid, Title, Deck, Body, Stems) SELECT 'delete', Id, Title, Deck, Body, Stems FROM ArticleSearchContent WHERE Id = old.Id;
                END;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER ArticleSearch_BeforeUpdate BEFORE UPDATE OF Title, Deck, BodyMarkdown, SearchStems ON Articles BEGIN
                    INSERT INTO ArticleSearch(ArticleSearch, rowid, Title, Deck, Body, Stems) SELECT 'delete', Id, Title, Deck, Body, Stems FROM ArticleSearchContent WHERE Id = old.Id;
                END;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER ArticleSearch_AfterUpdate AFTER UPDATE OF Title, Deck, BodyMarkdown, SearchStems ON Articles BEGIN
                    INSERT INTO ArticleSearch(rowid, Title, Deck, Body, Stems) SELECT Id, Title, Deck, Body, Stems FROM ArticleSearchContent WHERE Id = new.Id;
                END;
                """);
            migrationBuilder.Sql("INSERT INTO ArticleSearch(ArticleSearch) VALUES ('rebuild');");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS ArticleSearch_AfterUpdate;");
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS ArticleSearch_BeforeUpdate;");
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS ArticleSearch_Delete;");
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS ArticleSearch_Insert;");
            migrationBuilder.Sql("DROP TABLE IF EXISTS ArticleSearch;");
            migrationBuilder.Sql("DROP VIEW IF EXISTS ArticleSearchContent;");
            migrationBuilder.Sql("""
                CREATE VIRTUAL TABLE ArticleSearch USING fts5(
                    Title, Deck, BodyMarkdown,
                    content='Articles', content_rowid='Id',
                    tokenize='unicode61 remove_diacritics 2', prefix='2 3 4');
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER ArticleSearch_Insert AFTER INSERT ON Articles BEGIN
                    INSERT INTO ArticleSearch(rowid, Title, Deck, BodyMarkdown) VALUES (new.Id, new.Title, new.Deck, new.BodyMarkdown);
                END;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER ArticleSearch_Delete AFTER DELETE ON Articles BEGIN
                    INSERT INTO ArticleSearch(ArticleSearch, rowid, Title, Deck, BodyMarkdown) VALUES ('delete', old.Id, old.Title, old.Deck, old.BodyMarkdown);
                END;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER ArticleSearch_Update AFTER UPDATE OF Title, Deck, BodyMarkdown ON Articles BEGIN
                    INSERT INTO ArticleSearch(ArticleSearch, rowid, Title, Deck, BodyMarkdown) VALUES ('delete', old.Id, old.Title, old.Deck, old.BodyMarkdown);
                    INSERT INTO ArticleSearch(rowid, Title, Deck, BodyMarkdown) VALUES (new.Id, new.Title, new.Deck, new.BodyMarkdown);
                END;
                """);
            migrationBuilder.Sql("INSERT INTO ArticleSearch(ArticleSearch) VALUES ('rebuild');");

            migrationBuilder.DropIndex(
                name: "IX_Articles_SearchStemsMissing",
                table: "Articles");

            migrationBuilder.DropColumn(
                name: "SearchStems",
                table: "Articles");
        }
    }
}
