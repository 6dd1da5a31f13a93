//@ run-pass
//@ spec: 20.3
// Lexical checker rejects: `row` (the loop's &mut result) is in scope when `grid` is pushed to.
fn main() {
    let mut grid = vec![vec![0; 3], vec![0; 3], vec![0; 3]];
    let mut r = 0;
    let row = loop {
        let row = &mut grid[r];
        if r == 1 {
            break row;
        }
        row[0] = 9;
        r += 1;
    };
    row[2] = 5;
    grid.push(vec![7]);
    println!("{:?}", grid);
}
