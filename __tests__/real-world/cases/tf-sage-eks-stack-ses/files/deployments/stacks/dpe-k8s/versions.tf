terraform {
}
