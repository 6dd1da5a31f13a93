//@ spec: 12.1, 12.5, 3.1
// Passing a value by value gives it to the callee, which may hand it back in its return
// value; the destructor runs exactly once, wherever the last owner is when it dies.
struct File {
    name: String,
    lines: u32,
}

impl Drop for File {
    fn drop(&mut self) {
        println!("close {} ({} lines)", self.name, self.lines);
    }
}

fn append(mut f: File, n: u32) -> File {
    f.lines += n;
    f
}

fn archive(f: File) {
    println!("archiving {}", f.name);
}

fn pick(a: File, b: File) -> File {
    if a.lines >= b.lines { a } else { b }
}

fn open(name: &str) -> File {
    File { name: name.to_string(), lines: 0 }
}

fn main() {
    let f = open("log");
    let f = append(f, 3);
    let f = append(f, 4);
    println!("log has {}", f.lines);
    let g = append(open("notes"), 10);
    let winner = pick(f, g);
    println!("winner {}", winner.name);
    archive(winner);
    let pair = (open("x"), open("y"));
    let (left, right) = pair;
    archive(right);
    println!("left {} survives", left.name);
    let tmp = open("tmp");
    let holder = vec![tmp];
    println!("holder len {}", holder.len());
}
