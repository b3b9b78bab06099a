using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace TempoClone.Web.Data.Migrations
{
    /// <summary>
    /// SQLite FTS5 index over title, deck and body, kept in step with Articles by triggers.
    /// unicode61 with remove_diacritics folds case and accents; prefix indexes make "banj*" fast.
    /// Visibility (published, not in the trash) is decided at query time, by the same Published() as every page.
    /// </summary>
    public partial class ArticleSearchIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
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
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS ArticleSearch_Update;");
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS ArticleSearch_Delete;");
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS ArticleSearch_Insert;");
            migrationBuilder.Sql("DROP TABLE IF EXISTS ArticleSearch;");
        }
    }
}
