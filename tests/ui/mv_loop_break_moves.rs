//@ spec: 12.1, 12.8, 5.4
// A value may be moved out of a loop by `break value` or into a variable declared before
// the loop, as long as the move can only happen once; the borrow checker sees that the
// move is followed by `break`.
struct Job {
    id: u32,
    name: String,
}

fn find(jobs: Vec<Job>, wanted: u32) -> Option<Job> {
    for j in jobs {
        if j.id == wanted {
            return Some(j);
        }
    }
    None
}

fn main() {
    let base = String::from("task");
    let mut n = 0;
    let first = loop {
        n += 1;
        if n == 3 {
            break Job { id: n, name: base };
        }
    };
    println!("first {} {}", first.id, first.name);

    let pending = Some(String::from("upload"));
    let mut done = None;
    let mut tries = 0;
    while tries < 5 {
        tries += 1;
        if tries == 2 {
            done = pending;
            break;
        }
    }
    println!("done {:?} after {}", done, tries);

    let jobs = vec![
        Job { id: 1, name: String::from("a") },
        Job { id: 2, name: String::from("b") },
        Job { id: 3, name: String::from("c") },
    ];
    match find(jobs, 2) {
        Some(j) => println!("found {} {}", j.id, j.name),
        None => println!("missing"),
    }

    let parts = vec![String::from("x"), String::from("y"), String::from("z")];
    let mut keep = String::new();
    for p in parts {
        if p == "y" {
            keep = p;
            break;
        }
        println!("skip {}", p);
    }
    println!("kept {}", keep);
}
