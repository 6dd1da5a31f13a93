//@ run-pass
//@ spec: 20.5
// A &mut cursor into a Vec is reassigned to a reborrow of itself, then used once more.
// Lexical checker rejects: reassigning `cur` while it is borrowed by its own element.
fn main() {
    let mut grid = vec![vec![1, 2], vec![3, 4], vec![5, 6]];
    let mut cur: &mut Vec<i32> = &mut grid[0];
    cur.push(10);
    cur = &mut grid[2];
    cur.push(60);
    println!("{:?}", grid);
}
