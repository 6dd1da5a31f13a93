//@ run-pass
//@ spec: 20.5
// A &mut cursor into one row is reassigned to a fresh &mut into another row of the grid.
// Lexical checker rejects: the first &mut grid lasts as long as `cur`, so &mut grid[2] clashes.
fn main() {
    let mut grid = vec![vec![1, 2], vec![3, 4], vec![5, 6]];
    let mut cur: &mut Vec<i32> = &mut grid[0];
    cur.push(10);
    cur = &mut grid[2];
    cur.push(60);
    println!("{:?}", grid);
}
