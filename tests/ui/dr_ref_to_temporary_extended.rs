//@ spec: 12.6
// `let r = &make();` keeps the temporary alive to the end of the block, but
// `let n = make().field;` copies the field out and drops the temporary at once. Borrows
// in tuples, struct literals, constructors, arrays, block tails, branches and arms extend too.
struct Ticket {
    seat: u32,
    row: char,
}
impl Drop for Ticket {
    fn drop(&mut self) {
        println!("ticket {}{} torn", self.row, self.seat);
    }
}

fn issue(row: char, seat: u32) -> Ticket {
    println!("issue {}{}", row, seat);
    Ticket { seat, row }
}

fn main() {
    let kept = &issue('A', 1);
    println!("kept ticket seat {}", kept.seat);
    let seat = issue('B', 2).seat;
    println!("copied seat {}", seat);
    let row = issue('C', 3).row;
    println!("copied row {}", row);
    {
        let inner = &issue('D', 4);
        let again = &issue('E', 5);
        println!("inner block holds {} and {}", inner.seat, again.seat);
    }
    let total = issue('F', 6).seat + issue('G', 7).seat;
    println!("total {}", total);
    let pair = (&issue('H', 8), 99);
    println!("pair holds {} and {}", pair.0.seat, pair.1);
    extended_in_aggregates();
    println!("end of main");
}

struct Holder<'a> {
    label: &'a String,
    count: usize,
}

fn extended_in_aggregates() {
    let h = Holder { label: &String::from("struct field"), count: 1 };
    let o = Some(&String::from("variant argument"));
    let arr = [&String::from("array element")];
    let blk = { &String::from("block tail") };
    let pick = if h.count > 0 { &String::from("if branch") } else { &String::from("else branch") };
    let arm = match h.count { 0 => &String::from("arm zero"), _ => &String::from("other arm") };
    println!("{} {} {} {} {} {} {}", h.label, o.unwrap(), arr[0], blk, pick, arm, h.count);
}
