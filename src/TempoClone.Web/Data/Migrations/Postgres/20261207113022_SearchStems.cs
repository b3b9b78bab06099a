using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace TempoClone.Web.Data.Migrations.Postgres
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
                type: "text",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_Articles_SearchStemsMissing",
                table: "Articles",
                column: "Id",
                filter: "\"SearchStems\" IS NULL");

            // The same text as SQLite's index (Pages/Search/SearchText.WithoutDateline): the body without its dateline,
            // and the word roots kept on save with weight C. A generated column's expression cannot be altered: re-made.
            migrationBuilder.Sql("""DROP INDEX IF EXISTS "IX_Articles_SearchVector";""");
            migrationBuilder.Sql("""ALTER TABLE "Articles" DROP COLUMN IF EXISTS "SearchVector";""");
            migrationBuilder.Sql("""
                ALTER TABLE "Articles" ADD COLUMN "SearchVector" tsvector GENERATED ALWAYS AS (
                    setweight(to_tsvector('tempo_search', "Title"), 'A') ||
                    setweight(to_tsvector('tempo_search', "Deck"), 'B') ||
                    setweight(to_tsvector('tempo_search', coalesce("SearchStems", '')), 'C') ||
                    setweight(to_tsvector('tempo_search', regexp_replace("BodyMarkdown", '^TEMPO.{0,72}? - ', '', 'i')), 'D')) STORED;
                """);
            migrationBuilder.Sql("""CREATE INDEX "IX_Articles_SearchVector" ON "Articles" USING GIN ("SearchVector");""");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""DROP INDEX IF EXISTS "IX_Articles_SearchVector";""");
            migrationBuilder.Sql("""ALTER TABLE "Articles" DROP COLUMN IF EXISTS "SearchVector";""");
            migrationBuilder.Sql("""
                ALTER TABLE "Articles" ADD COLUMN "SearchVector" tsvector GENERATED ALWAYS AS (
                    setweight(to_tsvector('tempo_search', "Title"), 'A') ||
                    setweight(to_tsvector('tempo_search', "Deck"), 'B') ||
                    setweight(to_tsvector('tempo_search', "BodyMarkdown"), 'D')) STORED;
                """);
            migrationBuilder.Sql("""CREATE INDEX "IX_Articles_SearchVector" ON "Articles" USING GIN ("SearchVector");""");

            migrationBuilder.DropIndex(
                name: "IX_Articles_SearchStemsMissing",
                table: "Articles");

            migrationBuilder.DropColumn(
                name: "SearchStems",
                table: "Articles");
        }
    }
}
