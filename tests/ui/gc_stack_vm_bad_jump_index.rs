//@ run-fail
//@ spec: 17.7, 8.1, 11.9, 17.6
// A tiny stack VM owns its program (Vec<Op>) and value stack; a jump past the end of the
// program indexes the Vec out of bounds, and the panic names the length and the index.
#[derive(Debug)]
enum Op {
    Push(i64),
    Add,
    Mul,
    Dup,
    JumpIfPos(usize),
    Dec,
    Print,
}

struct Vm {
    program: Vec<Op>,
    stack: Vec<i64>,
    pc: usize,
    steps: u32,
}

impl Vm {
    fn step(&mut self) -> bool {
        let op = &self.program[self.pc];
        self.pc += 1;
        self.steps += 1;
        match op {
            Op::Push(v) => self.stack.push(*v),
            Op::Add => {
                let b = self.stack.pop().unwrap();
                let a = self.stack.pop().unwrap();
                self.stack.push(a + b);
            }
            Op::Mul => {
                let b = self.stack.pop().unwrap();
                let a = self.stack.pop().unwrap();
                self.stack.push(a * b);
            }
            Op::Dup => {
                let top = *self.stack.last().unwrap();
                self.stack.push(top);
            }
            Op::JumpIfPos(target) => {
                if *self.stack.last().unwrap() > 0 {
                    self.pc = *target;
                }
            }
            Op::Dec => {
                let t = self.stack.last_mut().unwrap();
                *t -= 1;
            }
            Op::Print => println!("top = {:?} (stack {:?})", self.stack.last(), self.stack),
        }
        self.pc < self.program.len()
    }
}

fn main() {
    let good = vec![Op::Push(6), Op::Push(7), Op::Mul, Op::Print];
    let mut vm = Vm { program: good, stack: Vec::new(), pc: 0, steps: 0 };
    while vm.step() {}
    println!("good program: {} steps", vm.steps);

    let looping = vec![Op::Push(3), Op::Print, Op::Dec, Op::Dup, Op::Add, Op::JumpIfPos(9)];
    println!("last op {:?}", looping.last());
    vm = Vm { program: looping, stack: Vec::new(), pc: 0, steps: 0 };
    loop {
        vm.step();
    }
}
