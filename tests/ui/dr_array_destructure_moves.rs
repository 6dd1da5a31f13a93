//@ spec: 12.4, 12.7
// Destructuring an array by value moves the bound elements out; elements matched by `_`
// or `..` stay in the array and are dropped where the array variable dies.
struct Brick(u32);
impl Drop for Brick {
    fn drop(&mut self) {
        println!("brick {} crushed", self.0);
    }
}

fn wall() -> [Brick; 4] {
    [Brick(1), Brick(2), Brick(3), Brick(4)]
}

fn ends(bricks: [Brick; 4]) -> u32 {
    let [first, .., last] = bricks;
    println!("ends {} and {}", first.0, last.0);
    first.0 + last.0
}

fn main() {
    let [a, b, c, d] = wall();
    println!("all four: {} {} {} {}", a.0, b.0, c.0, d.0);
    drop(b);
    println!("sum of ends {}", ends(wall()));
    let row = wall();
    let [_, second, _, _] = row;
    println!("kept second {}", second.0);
    if let [_, _, third, _] = wall() {
        println!("if let third {}", third.0);
    }
    leftover_runs();
    println!("end of main");
}

// The elements a pattern leaves in a partly moved array are dropped run by run: the runs
// between the moved elements, the last run first (rustc's order).
struct Tag(u32);
impl Drop for Tag {
    fn drop(&mut self) {
        print!("{} ", self.0);
    }
}

fn tags() -> [Tag; 5] {
    [Tag(0), Tag(1), Tag(2), Tag(3), Tag(4)]
}

fn leftover_runs() {
    {
        let r = tags();
        let [_, one, _, three, _] = r;
        print!("moved {} {}: ", one.0, three.0);
        drop(one);
        drop(three);
    }
    println!();
    {
        let r = tags();
        let [_, _, two, _, _] = r;
        print!("moved {}: ", two.0);
        drop(two);
    }
    println!();
}
