int runReviewTests(int, char **)
{
    return 0;
}
