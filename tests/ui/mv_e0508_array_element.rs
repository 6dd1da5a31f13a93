//@ compile-fail
//@ spec: 12.11, 11.8
// An array owns its elements inline: moving one element (or a field of one) out by
// indexing is E0508, since elements are not tracked one by one; copying Copy elements,
// borrowing, or moving the whole array is allowed.
struct Piece {
    name: String,
}

fn main() {
    let board = [Piece { name: String::from("rook") }, Piece { name: String::from("pawn") }];
    let i = 1;
    let p = board[i]; //~ ERROR E0508
    let q = board[0].name; //~ ERROR E0508
    let scores = [10, 20, 30];
    let s = scores[i];
    let pair = [String::from("a"), String::from("b")];
    let left = &pair[0];
    let names = [String::from("x"), String::from("y")];
    let moved_whole = names;
    let mut last = String::new();
    for k in 0..2 {
        last = moved_whole[k]; //~ ERROR E0508
    }
    println!("{} {} {} {} {}", p.name, q, s, left, last);
}
