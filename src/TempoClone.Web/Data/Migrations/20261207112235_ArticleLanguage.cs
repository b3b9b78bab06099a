using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace TempoClone.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class ArticleLanguage : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Language",
                table: "Articles",
                type: "TEXT",
                maxLength: 8,
                nullable: false,
                // Every story written before languages existed is Indonesian.
                defaultValue: "id");

            migrationBuilder.CreateIndex(
                name: "IX_Articles_Language_PublishedAtUtc",
                table: "Articles",
                columns: new[] { "Language", "PublishedAtUtc" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Articles_Language_PublishedAtUtc",
                table: "Articles");

            migrationBuilder.DropColumn(
                name: "Language",
                table: "Articles");
        }
    }
}
